package org.annalist.linguistic.eval;

/** Small CoNLL-U texts written for these tests. */
final class ConlluFixtures {

  private ConlluFixtures() {}

  static final String TWO_DOCUMENTS = String.join("\n",
      "# newdoc id = doc1",
      "# newpar",
      "# sent_id = 1",
      "# text = We don't know.",
      "1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_",
      "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
      "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_",
      "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
      "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
      "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
      "",
      "# sent_id = 2",
      "# text = Mr. Smith left.",
      "1\tMr.\tMr.\tPROPN\tNNP\t_\t2\tcompound\t_\t_",
      "2\tSmith\tSmith\tPROPN\tNNP\t_\t3\tnsubj\t_\t_",
      "3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
      "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
      "",
      "# newpar",
      "# sent_id = 3",
      "# text = Headline here",
      "1\tHeadline\theadline\tNOUN\tNN\t_\t0\troot\t_\t_",
      "2\there\there\tADV\tRB\t_\t1\tadvmod\t_\t_",
      "",
      "# newdoc id = doc2",
      "# sent_id = 4",
      "# text = It works.",
      "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_",
      "2\tworks\twork\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No",
      "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
      "", "");
}
